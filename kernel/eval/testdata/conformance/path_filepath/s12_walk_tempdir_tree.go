package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

type Stats struct {
	Dirs, Files int
	Bytes       int64
	ByExt       map[string]int
}

func (s *Stats) Visit(path string, d fs.DirEntry, err error) error {
	if err != nil {
		return err
	}
	if d.IsDir() {
		if d.Name() == "skip" {
			return filepath.SkipDir
		}
		s.Dirs++
		return nil
	}
	info, err := d.Info()
	if err != nil {
		return err
	}
	s.Files++
	s.Bytes += info.Size()
	s.ByExt[filepath.Ext(path)]++
	return nil
}

func main() {
	root, err := os.MkdirTemp("", "s12walk")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(root)
	files := map[string]string{
		"a.go": "package a", "b/c.go": "package c\n", "b/d.txt": "hello", "b/skip/e.go": "x", "f/g/h.md": "# h",
	}
	for name, body := range files {
		p := filepath.Join(root, filepath.FromSlash(name))
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte(body), 0o644)
	}
	st := &Stats{ByExt: map[string]int{}}
	err = filepath.WalkDir(root, st.Visit)
	fmt.Println(err, st.Dirs, st.Files, st.Bytes, st.ByExt)
	var rels []string
	filepath.Walk(root, func(p string, info os.FileInfo, err error) error {
		rel, _ := filepath.Rel(root, p)
		if info.IsDir() {
			rel += "/"
		}
		rels = append(rels, filepath.ToSlash(rel))
		return nil
	})
	sort.Strings(rels)
	fmt.Println(rels)
	matches, _ := filepath.Glob(filepath.Join(root, "b", "*.go"))
	for i := range matches {
		matches[i] = strings.TrimPrefix(filepath.ToSlash(matches[i]), filepath.ToSlash(root))
	}
	fmt.Println(matches)
	fmt.Println(filepath.Base("/x/y.txt"), filepath.Ext("y.tar.gz"), filepath.IsAbs(root), filepath.VolumeName("/x"))
	fmt.Println(filepath.SplitList("/a:/b"), filepath.Join("a", "..", "b"), filepath.Clean("a/./b/../c"))
	rel, err := filepath.Rel("/a/b", "/a/c/d")
	fmt.Println(rel, err)
	_, err = filepath.Rel("a", "/b")
	fmt.Println(err != nil)
}
