package reuse

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// ListFolder lists the files under root (hidden files and folders left
// out, links to folders not followed), as sorted slash paths relative to
// root: the Files of a Config. It runs where the pipeline is launched, so
// root must be a local folder; on a cluster the workers must see it at the
// same path (for an archive on a cluster file system, write it as JSON
// lines instead).
func ListFolder(root string) ([]string, error) {
	var out []string
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return fmt.Errorf("listing %s: %w", p, err)
		}
		if p != root && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		rel, err := filepath.Rel(root, p)
		if err != nil {
			return err
		}
		out = append(out, filepath.ToSlash(rel))
		return nil
	})
	if err != nil {
		return nil, err
	}
	slices.Sort(out)
	return out, nil
}

// PrepareOutput creates the output folder when it is a local path (one
// with no scheme such as gs://); other file systems have no folders to
// create.
func PrepareOutput(dir string) error {
	if strings.Contains(dir, "://") {
		return nil
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("creating the output folder: %w", err)
	}
	return nil
}
