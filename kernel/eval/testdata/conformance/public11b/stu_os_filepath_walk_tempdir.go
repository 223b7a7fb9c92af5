package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
)

func main() {
	dir, err := os.MkdirTemp("", "walkdemo")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	files := map[string]string{
		"a.txt":          "alpha",
		"sub/b.go":       "package b",
		"sub/deep/c.txt": "gamma!",
		"sub/skip/d.txt": "hidden",
		".hidden/e.txt":  "eee",
		"z/empty/.keep":  "",
	}
	for name, body := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			fmt.Println(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			fmt.Println(err)
		}
	}
	err = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		if d.IsDir() && (d.Name() == "skip" || strings.HasPrefix(d.Name(), ".")) && rel != "." {
			fmt.Println("skip", filepath.ToSlash(rel))
			return filepath.SkipDir
		}
		info, _ := d.Info()
		fmt.Println(filepath.ToSlash(rel), d.IsDir(), info.Size())
		return nil
	})
	fmt.Println("walk:", err)

	var txt []string
	filepath.Walk(dir, func(p string, info os.FileInfo, err error) error {
		if err == nil && !info.IsDir() && filepath.Ext(p) == ".txt" {
			rel, _ := filepath.Rel(dir, p)
			txt = append(txt, filepath.ToSlash(rel))
		}
		return nil
	})
	fmt.Println(txt)

	ents, _ := os.ReadDir(filepath.Join(dir, "sub"))
	for _, e := range ents {
		fmt.Print(e.Name(), " ", e.IsDir(), e.Type().IsDir(), "; ")
	}
	fmt.Println()
	matches, _ := filepath.Glob(filepath.Join(dir, "*", "*.go"))
	for i := range matches {
		matches[i] = filepath.Base(matches[i])
	}
	fmt.Println(matches)

	fsys := os.DirFS(dir)
	data, err := fs.ReadFile(fsys, "sub/deep/c.txt")
	fmt.Println(string(data), err)
	g, _ := fs.Glob(fsys, "*/*")
	slices.Sort(g)
	fmt.Println(g)
	_, err = fs.Stat(fsys, "missing")
	fmt.Println(errors.Is(err, fs.ErrNotExist))
	fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if path.Base(p) == ".hidden" {
			return fs.SkipDir
		}
		if !d.IsDir() {
			fmt.Print(p, " ")
		}
		return nil
	})
	fmt.Println()

	f, _ := os.CreateTemp(dir, "log-*.txt")
	fmt.Fprintf(f, "first\n")
	f.Close()
	f, _ = os.OpenFile(f.Name(), os.O_APPEND|os.O_WRONLY, 0)
	f.WriteString("second\n")
	f.Close()
	b, _ := os.ReadFile(f.Name())
	fmt.Printf("%q %v\n", b, strings.HasPrefix(filepath.Base(f.Name()), "log-"))
	st, _ := os.Stat(f.Name())
	fmt.Println(st.Size(), st.Mode().IsRegular(), st.Mode().Perm()&0o600 != 0)
	err = os.Rename(f.Name(), filepath.Join(dir, "renamed.txt"))
	_, err2 := os.Stat(f.Name())
	fmt.Println(err, os.IsNotExist(err2))
	err = os.Remove(filepath.Join(dir, "sub"))
	fmt.Println(err != nil)
	fmt.Println(filepath.Clean("a//b/../c/."), filepath.Join("a", "", "/b", "..", "c"), filepath.Ext("x.tar.gz"), filepath.IsAbs("/x"))
	dirPart, file := filepath.Split("/usr/local/bin/go")
	fmt.Println(dirPart, file, path.Dir("a/b/c"), path.Base(""), path.IsAbs("a"))
	ok, err := filepath.Match("*.[ch]", "main.c")
	fmt.Println(ok, err, strings.Join(filepath.SplitList("/a:/b"), ","))
}
