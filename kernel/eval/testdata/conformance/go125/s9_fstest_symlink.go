package main

import (
	"fmt"
	"io/fs"
	"testing/fstest"
)

func main() {
	fsys := fstest.MapFS{
		"data/real.txt": {Data: []byte("real content")},
		"data/link":     {Data: []byte("real.txt"), Mode: fs.ModeSymlink},
	}
	target, err := fs.ReadLink(fsys, "data/link")
	fmt.Println(target, err)
	fi, err := fs.Lstat(fsys, "data/link")
	fmt.Println(fi.Mode()&fs.ModeSymlink != 0, err)
	b, err := fs.ReadFile(fsys, "data/link")
	fmt.Println(string(b), err)
	_, err = fs.ReadLink(fsys, "data/real.txt")
	fmt.Println(err != nil)
}
