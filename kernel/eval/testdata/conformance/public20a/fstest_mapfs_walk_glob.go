package main

import (
	"fmt"
	"io"
	"io/fs"
	"path"
	"sort"
	"strings"
	"testing/fstest"
)

func main() {
	fsys := fstest.MapFS{
		"README.md":                {Data: []byte("# Title\nhello\n")},
		"src/main.go":              {Data: []byte("package main\n\nfunc main() {}\n")},
		"src/util/strings.go":      {Data: []byte("package util\n")},
		"src/util/strings_test.go": {Data: []byte("package util\n")},
		"docs/a.txt":               {Data: []byte("alpha")},
		"docs/b.txt":               {Data: []byte("beta beta")},
		"empty":                    {Mode: fs.ModeDir},
	}
	var walked []string
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && d.Name() == "util" {
			walked = append(walked, p+"/ (skipped)")
			return fs.SkipDir
		}
		kind := "f"
		if d.IsDir() {
			kind = "d"
		}
		walked = append(walked, kind+":"+p)
		return nil
	})
	fmt.Println(err)
	fmt.Println(strings.Join(walked, "\n"))
	matches, err := fs.Glob(fsys, "src/*/*.go")
	fmt.Println(matches, err)
	matches, _ = fs.Glob(fsys, "docs/?.txt")
	fmt.Println(matches)
	data, err := fs.ReadFile(fsys, "docs/b.txt")
	fmt.Println(string(data), err)
	_, err = fs.ReadFile(fsys, "nope.txt")
	fmt.Println(err, err != nil && strings.Contains(err.Error(), "not exist"))
	entries, _ := fs.ReadDir(fsys, "src")
	for _, e := range entries {
		info, _ := e.Info()
		fmt.Println(e.Name(), e.IsDir(), info.Size())
	}
	sub, _ := fs.Sub(fsys, "src")
	b, _ := fs.ReadFile(sub, "main.go")
	fmt.Printf("%q\n", b)
	f, _ := fsys.Open("README.md")
	st, _ := f.Stat()
	head := make([]byte, 7)
	io.ReadFull(f, head)
	f.Close()
	fmt.Println(st.Name(), st.Size(), st.IsDir(), string(head))
	sizes := map[string]int64{}
	fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, _ error) error {
		if !d.IsDir() {
			info, _ := d.Info()
			sizes[path.Ext(p)] += info.Size()
		}
		return nil
	})
	exts := make([]string, 0, len(sizes))
	for e := range sizes {
		exts = append(exts, e)
	}
	sort.Strings(exts)
	for _, e := range exts {
		fmt.Printf("%q %d\n", e, sizes[e])
	}
	fmt.Println(fs.ValidPath("a/b"), fs.ValidPath("../a"), fs.ValidPath("/abs"))
	fmt.Println(fstest.TestFS(fsys, "README.md", "src/main.go") == nil)
}
