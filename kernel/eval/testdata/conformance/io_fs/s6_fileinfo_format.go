package main

import (
	"fmt"
	"io/fs"
	"testing/fstest"
	"time"
)

func main() {
	fsys := fstest.MapFS{
		"dir/file.txt": &fstest.MapFile{Data: []byte("12345"), Mode: 0o640, ModTime: time.Date(2020, 1, 2, 3, 4, 5, 0, time.UTC)},
		"exec.sh":      &fstest.MapFile{Data: []byte("#!/bin/sh"), Mode: 0o755},
		"link":         &fstest.MapFile{Data: []byte("dir/file.txt"), Mode: fs.ModeSymlink},
	}
	for _, name := range []string{"dir/file.txt", "exec.sh", "dir"} {
		info, err := fs.Stat(fsys, name)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(fs.FormatFileInfo(info))
		de := fs.FileInfoToDirEntry(info)
		fmt.Println(fs.FormatDirEntry(de), de.Type().IsRegular())
	}
	m := fs.FileMode(0o755 | fs.ModeDir)
	fmt.Println(m, m.IsDir(), m.Perm(), m.Type(), fs.ModeSymlink|0o777)
	entries, _ := fs.ReadDir(fsys, ".")
	for _, e := range entries {
		fmt.Println(e.Name(), e.Type())
	}
}
