package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

func main() {
	os.Setenv("P18_A", "one")
	os.Setenv("P18_B", "")
	v, ok := os.LookupEnv("P18_B")
	fmt.Printf("%q %v %q\n", os.Getenv("P18_A"), ok, v)
	_, ok = os.LookupEnv("P18_NOPE")
	fmt.Println(ok)
	os.Unsetenv("P18_A")
	fmt.Printf("%q\n", os.Getenv("P18_A"))
	os.Setenv("P18_NAME", "world")
	fmt.Println(os.ExpandEnv("hello $P18_NAME ${P18_NAME}! $P18_UNSET."), os.Expand("$a-${b}", func(k string) string { return strings.ToUpper(k) }))
	found := 0
	for _, kv := range os.Environ() {
		if strings.HasPrefix(kv, "P18_") {
			found++
		}
	}
	fmt.Println(found)
	dir, _ := os.MkdirTemp("", "osp18-*")
	defer os.RemoveAll(dir)
	fmt.Println(strings.HasPrefix(filepath.Base(dir), "osp18-"))
	p := filepath.Join(dir, "f.txt")
	f, err := os.Create(p)
	fmt.Println(err)
	fmt.Fprintf(f, "line1\nline2\n")
	n, _ := f.WriteString("tail")
	f.Close()
	fmt.Println(n, f.Close() != nil)
	f, _ = os.OpenFile(p, os.O_APPEND|os.O_WRONLY, 0)
	f.Write([]byte("+app"))
	f.Close()
	b, _ := os.ReadFile(p)
	fmt.Printf("%q\n", b)
	f, _ = os.Open(p)
	buf := make([]byte, 5)
	f.ReadAt(buf, 6)
	off, _ := f.Seek(-3, io.SeekEnd)
	rest, _ := io.ReadAll(f)
	st, _ := f.Stat()
	f.Close()
	fmt.Println(string(buf), off, string(rest), st.Name(), st.Size(), st.IsDir(), st.Mode().IsRegular())
	_, err = os.Stat(filepath.Join(dir, "missing"))
	fmt.Println(errors.Is(err, fs.ErrNotExist), os.IsNotExist(err))
	err = os.Mkdir(dir, 0o755)
	fmt.Println(errors.Is(err, fs.ErrExist), os.IsExist(err))
	os.WriteFile(filepath.Join(dir, "b.txt"), []byte("b"), 0o600)
	os.Mkdir(filepath.Join(dir, "sub"), 0o755)
	os.Rename(filepath.Join(dir, "b.txt"), filepath.Join(dir, "sub", "c.txt"))
	ents, _ := os.ReadDir(dir)
	for _, e := range ents {
		info, _ := e.Info()
		fmt.Println(e.Name(), e.IsDir(), e.Type().IsDir(), info.Mode().Perm()&0o700)
	}
	os.Truncate(p, 3)
	b, _ = os.ReadFile(p)
	fmt.Printf("%q\n", b)
	err = os.Remove(filepath.Join(dir, "sub"))
	fmt.Println(err != nil)
	tf, _ := os.CreateTemp(dir, "tmp*.log")
	fmt.Println(strings.HasSuffix(tf.Name(), ".log"), filepath.Dir(tf.Name()) == dir)
	tf.Close()
	var names []string
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		names = append(names, e.Name()[:3])
	}
	sort.Strings(names)
	fmt.Println(names)
	_, err = os.ReadFile(filepath.Join(dir, "nope.txt"))
	var pe *fs.PathError
	fmt.Println(errors.As(err, &pe), pe.Op, filepath.Base(pe.Path), pe.Err)
	wd, _ := os.Getwd()
	fmt.Println(wd != "", os.Getpagesize() > 0, len(os.Args) > 0)
}
