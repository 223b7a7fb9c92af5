package main

import (
	"bufio"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	dir, _ := os.MkdirTemp("", "s6std")
	defer os.RemoveAll(dir)
	p := filepath.Join(dir, "log.txt")
	for i := 0; i < 3; i++ {
		f, err := os.OpenFile(p, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Fprintf(f, "entry %d\n", i)
		f.Close()
	}
	f, _ := os.Open(p)
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fmt.Println(sc.Text())
	}
	f.Close()
	_, err := os.OpenFile(p, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o644)
	fmt.Println(errors.Is(err, fs.ErrExist), os.IsExist(err))
	os.WriteFile(p, []byte("overwritten"), 0o600)
	st, _ := os.Stat(p)
	fmt.Println(st.Size(), st.Mode().Perm(), st.Name())
	os.Truncate(p, 4)
	b, _ := os.ReadFile(p)
	fmt.Println(string(b))
	err = os.Remove(filepath.Join(dir, "nope"))
	var pe *fs.PathError
	fmt.Println(errors.As(err, &pe), pe.Op, strings.TrimPrefix(pe.Path, dir), pe.Err)
	_, err = os.Stat(dir)
	fmt.Println(err)
	os.Setenv("S6_STD_VAR", "val")
	fmt.Println(os.Getenv("S6_STD_VAR"), os.ExpandEnv("x=${S6_STD_VAR}"), os.Expand("$A-$B", func(s string) string { return strings.ToLower(s) }))
	v, ok := os.LookupEnv("S6_STD_UNSET_X")
	fmt.Printf("%q %v\n", v, ok)
}
