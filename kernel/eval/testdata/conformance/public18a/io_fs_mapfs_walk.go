package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"sort"
	"strings"
	"testing/fstest"
)

func main() {
	fsys := fstest.MapFS{
		"readme.md":            {Data: []byte("# hi")},
		"src/main.go":          {Data: []byte("package main")},
		"src/util/str.go":      {Data: []byte("package util")},
		"src/util/str_test.go": {Data: []byte("package util_test")},
		"docs/a.txt":           {Data: []byte("aaa"), Mode: 0o600},
	}
	var files []string
	fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && d.Name() == "docs" {
			return fs.SkipDir
		}
		if !d.IsDir() {
			files = append(files, p)
		}
		return nil
	})
	fmt.Println(files)
	gos, err := fs.Glob(fsys, "src/*/*.go")
	fmt.Println(gos, err)
	b, err := fs.ReadFile(fsys, "src/main.go")
	fmt.Println(string(b), err)
	_, err = fs.ReadFile(fsys, "nope")
	fmt.Println(errors.Is(err, fs.ErrNotExist), err)
	ents, _ := fs.ReadDir(fsys, "src")
	for _, e := range ents {
		fmt.Println(e.Name(), e.IsDir())
	}
	st, _ := fs.Stat(fsys, "docs/a.txt")
	fmt.Println(st.Name(), st.Size(), st.Mode())
	sub, _ := fs.Sub(fsys, "src/util")
	names, _ := fs.Glob(sub, "*")
	sort.Strings(names)
	fmt.Println(names)
	fmt.Println(fs.ValidPath("a/b"), fs.ValidPath("/a"), fs.ValidPath("a/../b"), fs.ValidPath("."))
	fmt.Println(fstest.TestFS(fsys, "readme.md", "src/main.go") == nil)
	f, _ := fsys.Open("readme.md")
	buf := make([]byte, 10)
	n, _ := f.Read(buf)
	f.Close()
	fmt.Println(string(buf[:n]), path.Ext("x.tar.gz"), strings.Count(fmt.Sprint(os.ErrNotExist), "not"))
}
