package main

import (
	"bufio"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

func must(err error) {
	if err != nil {
		panic(err)
	}
}

func grep(root, needle string) (map[string][]int, error) {
	hits := map[string][]int{}
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && strings.HasPrefix(d.Name(), ".") && path != root {
			return filepath.SkipDir
		}
		if d.IsDir() || filepath.Ext(path) != ".txt" {
			return nil
		}
		f, err := os.Open(path)
		if err != nil {
			return fmt.Errorf("open: %w", err)
		}
		defer f.Close()
		sc := bufio.NewScanner(f)
		line := 0
		rel, _ := filepath.Rel(root, path)
		for sc.Scan() {
			line++
			if strings.Contains(sc.Text(), needle) {
				hits[filepath.ToSlash(rel)] = append(hits[filepath.ToSlash(rel)], line)
			}
		}
		return sc.Err()
	})
	return hits, err
}

func main() {
	root, err := os.MkdirTemp("", "p5walk")
	must(err)
	defer os.RemoveAll(root)
	files := map[string]string{
		"a.txt":              "hello\nworld\nhello again",
		"sub/b.txt":          "nothing here\nsay hello",
		"sub/deep/c.txt":     "hello\n",
		"sub/d.md":           "hello in markdown",
		".hidden/e.txt":      "hello hidden",
		"sub/deep/empty.txt": "",
	}
	for name, body := range files {
		p := filepath.Join(root, filepath.FromSlash(name))
		must(os.MkdirAll(filepath.Dir(p), 0o755))
		must(os.WriteFile(p, []byte(body), 0o644))
	}
	hits, err := grep(root, "hello")
	fmt.Println(err)
	names := make([]string, 0, len(hits))
	for n := range hits {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Println(n, hits[n])
	}
	var all []string
	filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		rel, _ := filepath.Rel(root, p)
		kind := "f"
		if d.IsDir() {
			kind = "d"
		}
		all = append(all, kind+":"+filepath.ToSlash(rel))
		return nil
	})
	fmt.Println(all)
	entries, _ := os.ReadDir(filepath.Join(root, "sub"))
	for _, e := range entries {
		info, _ := e.Info()
		fmt.Println(e.Name(), e.IsDir(), info.Size() >= 0)
	}
	_, err = os.ReadFile(filepath.Join(root, "missing.txt"))
	fmt.Println(errors.Is(err, fs.ErrNotExist))
	matches, _ := filepath.Glob(filepath.Join(root, "sub", "*.md"))
	fmt.Println(len(matches), filepath.Base(matches[0]))
	data, _ := os.ReadFile(filepath.Join(root, "a.txt"))
	fmt.Println(len(data), strings.Count(string(data), "\n"))
	fsys := os.DirFS(root)
	txts, _ := fs.Glob(fsys, "sub/*/*.txt")
	fmt.Println(txts)
	b, _ := fs.ReadFile(fsys, "sub/b.txt")
	fmt.Printf("%q\n", b)
}
