package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
)

func main() {
	root, err := os.MkdirTemp("", "walk18")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(root)
	files := map[string]string{
		"a.txt":           "alpha",
		"b/c.go":          "package c",
		"b/d/e.txt":       "deep",
		"b/d/f.md":        "# f",
		"skip/hidden.txt": "no",
		"z/.dot":          "dot",
		"z/y/x/w/v.txt":   "very deep",
		"b/d/empty/.keep": "",
	}
	for p, c := range files {
		full := filepath.Join(root, filepath.FromSlash(p))
		os.MkdirAll(filepath.Dir(full), 0o755)
		os.WriteFile(full, []byte(c), 0o644)
	}
	var seen []string
	err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		if d.IsDir() && d.Name() == "skip" {
			return filepath.SkipDir
		}
		if d.Name() == "x" {
			return fs.SkipDir
		}
		kind := "f"
		if d.IsDir() {
			kind = "d"
		}
		seen = append(seen, kind+":"+filepath.ToSlash(rel))
		return nil
	})
	fmt.Println(err)
	fmt.Println(strings.Join(seen, "\n"))
	var txts []string
	filepath.Walk(root, func(p string, info fs.FileInfo, err error) error {
		if m, _ := filepath.Match("*.txt", info.Name()); m {
			txts = append(txts, fmt.Sprintf("%s(%d)", info.Name(), info.Size()))
		}
		return nil
	})
	sort.Strings(txts)
	fmt.Println(txts)
	matches, err := filepath.Glob(filepath.Join(root, "b", "d", "*.*"))
	for i := range matches {
		matches[i] = filepath.Base(matches[i])
	}
	fmt.Println(matches, err)
	stopErr := errors.New("stop")
	err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if strings.HasSuffix(p, "c.go") {
			return stopErr
		}
		return nil
	})
	fmt.Println(err == stopErr)
	err = filepath.WalkDir(filepath.Join(root, "nope"), func(p string, d fs.DirEntry, err error) error {
		fmt.Println("callback err:", errors.Is(err, fs.ErrNotExist), d == nil)
		return err
	})
	fmt.Println(errors.Is(err, fs.ErrNotExist))
	fsys := os.DirFS(root)
	var names []string
	fs.WalkDir(fsys, "b", func(p string, d fs.DirEntry, err error) error {
		names = append(names, p)
		return nil
	})
	fmt.Println(names)
	data, err := fs.ReadFile(fsys, "b/d/e.txt")
	fmt.Println(string(data), err)
	_, err = fs.ReadFile(fsys, "../etc/passwd")
	fmt.Println(err)
	for _, pat := range []string{"*.go", "a?c", "[a-c]*", "[^a]b", "\\*", "a/*/c", "[", "*"} {
		for _, name := range []string{"x.go", "abc", "bb", "*", "a/b/c", "a/bc"} {
			m, err := filepath.Match(pat, name)
			if m || err != nil {
				fmt.Print(pat, "~", name, "=", m, err, " ")
			}
		}
	}
	fmt.Println()
	for _, pr := range [][2]string{{"/a/b", "/a/b/c/d"}, {"/a/b", "/a/x"}, {"a", "b/c"}, {"/a", "b"}, {".", "a/../b"}} {
		r, err := filepath.Rel(pr[0], pr[1])
		fmt.Printf("%q %v\n", r, err)
	}
	for _, p := range []string{"", ".", "a//b/./c/..", "/../x", "a/b/../../..", "//a/"} {
		fmt.Printf("%q %q %q %q %q\n", filepath.Clean(p), path.Base(p), path.Dir(p), path.Ext(p+".tar.gz"), filepath.VolumeName(p))
	}
	fmt.Println(filepath.Split("a/b/c.txt"))
	fmt.Println(filepath.IsAbs("/x"), filepath.IsLocal("a/../b"), filepath.IsLocal("../b"), filepath.SplitList("a:b::c"), path.Join("a", "", "/b", "../c"))
}
