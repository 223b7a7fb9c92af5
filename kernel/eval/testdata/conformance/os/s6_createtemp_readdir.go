package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	dir, err := os.MkdirTemp("", "s6std-*")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	for _, n := range []string{"c.txt", "a.txt", "b.log"} {
		if err := os.WriteFile(filepath.Join(dir, n), []byte("file "+n), 0o644); err != nil {
			fmt.Println(err)
		}
	}
	os.Mkdir(filepath.Join(dir, "sub"), 0o755)
	f, err := os.CreateTemp(dir, "tmp-*.dat")
	if err != nil {
		fmt.Println(err)
		return
	}
	base := filepath.Base(f.Name())
	fmt.Println(strings.HasPrefix(base, "tmp-"), strings.HasSuffix(base, ".dat"))
	n, _ := f.WriteString("hello temp")
	f.Seek(0, io.SeekStart)
	data, _ := io.ReadAll(f)
	fmt.Println(n, string(data))
	st, _ := f.Stat()
	fmt.Println(st.Size(), st.Mode().IsRegular(), st.IsDir())
	f.Close()
	os.Remove(f.Name())
	entries, err := os.ReadDir(dir)
	for _, e := range entries {
		info, _ := e.Info()
		fmt.Println(e.Name(), e.IsDir(), info.Size(), e.Type().IsDir())
	}
	data, err = os.ReadFile(filepath.Join(dir, "b.log"))
	fmt.Println(string(data), err)
	_, err = os.ReadFile(filepath.Join(dir, "missing"))
	fmt.Println(strings.Replace(err.Error(), dir, "DIR", 1), os.IsNotExist(err))
	err = os.Rename(filepath.Join(dir, "a.txt"), filepath.Join(dir, "sub", "a2.txt"))
	m, _ := filepath.Glob(filepath.Join(dir, "*", "*.txt"))
	fmt.Println(err, len(m), filepath.Base(m[0]))
}
