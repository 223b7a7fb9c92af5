package main

import (
	"fmt"
	"io/fs"
	"testing/fstest"
	"time"
)

func main() {
	fsys := fstest.MapFS{
		"hello.txt":      {Data: []byte("hello, world\n")},
		"docs/a.md":      {Data: []byte("# A")},
		"docs/b.md":      {Data: []byte("# B is longer"), Mode: 0o600},
		"docs/sub/c.txt": {Data: []byte("c")},
		"img/logo.png":   {Data: []byte{0x89, 'P', 'N', 'G'}, ModTime: time.Date(2021, 1, 1, 0, 0, 0, 0, time.UTC)},
	}
	err := fs.WalkDir(fsys, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		info, _ := d.Info()
		fmt.Printf("%-16s dir=%-5v size=%d\n", path, d.IsDir(), info.Size())
		if d.Name() == "sub" {
			return fs.SkipDir
		}
		return nil
	})
	fmt.Println(err)
	st, _ := fs.Stat(fsys, "docs/b.md")
	fmt.Println(st.Name(), st.Mode(), st.Size())
	st, _ = fs.Stat(fsys, "img/logo.png")
	fmt.Println(st.ModTime().Year())
}
