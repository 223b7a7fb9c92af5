package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

func main() {
	dir, _ := os.MkdirTemp("", "s6std")
	defer os.RemoveAll(dir)
	p := filepath.Join(dir, "data.bin")
	f, err := os.Create(p)
	if err != nil {
		fmt.Println(err)
		return
	}
	f.Write([]byte("0123456789"))
	f.WriteAt([]byte("AB"), 3)
	off, _ := f.Seek(0, io.SeekEnd)
	fmt.Println(off)
	f.Seek(2, io.SeekStart)
	b := make([]byte, 4)
	n, err := f.Read(b)
	fmt.Println(n, err, string(b))
	n, err = f.ReadAt(b, 8)
	fmt.Println(n, err, string(b[:n]))
	fmt.Println(f.Sync(), f.Name() == p)
	f.Close()
	_, err = f.Write([]byte("x"))
	fmt.Println(errors.Is(err, os.ErrClosed))
	ro, _ := os.Open(p)
	_, err = ro.Write([]byte("x"))
	fmt.Println(err != nil)
	ro.Close()
	fmt.Println(os.Chmod(p, 0o400))
	st, _ := os.Lstat(p)
	fmt.Println(st.Mode())
	fmt.Println(os.PathSeparator == '/', os.DevNull)
}
