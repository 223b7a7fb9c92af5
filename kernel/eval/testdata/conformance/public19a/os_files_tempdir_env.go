package main

import (
	"bufio"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

func main() {
	dir, err := os.MkdirTemp("", "p19-*")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	p := filepath.Join(dir, "notes.txt")
	err = os.WriteFile(p, []byte("line one\nline two\n"), 0o644)
	fmt.Println(err)
	f, _ := os.OpenFile(p, os.O_APPEND|os.O_WRONLY, 0)
	fmt.Fprintf(f, "line %s\n", "three")
	f.Close()
	data, _ := os.ReadFile(p)
	fmt.Printf("%q\n", data)
	rf, _ := os.Open(p)
	sc := bufio.NewScanner(rf)
	n := 0
	for sc.Scan() {
		n++
		fmt.Println(n, strings.ToUpper(sc.Text()))
	}
	rf.Close()
	info, err := os.Stat(p)
	fmt.Println(info.Name(), info.Size(), info.IsDir(), info.Mode().Perm(), err)
	_, err = os.Stat(filepath.Join(dir, "missing"))
	fmt.Println(errors.Is(err, fs.ErrNotExist), os.IsNotExist(err))
	var pe *fs.PathError
	if errors.As(err, &pe) {
		fmt.Println(pe.Op, filepath.Base(pe.Path), pe.Err)
	}
	os.MkdirAll(filepath.Join(dir, "a", "b"), 0o755)
	os.WriteFile(filepath.Join(dir, "a", "b", "deep.go"), []byte("package x"), 0o600)
	os.WriteFile(filepath.Join(dir, "a", "top.md"), nil, 0o600)
	var found []string
	filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		rel, _ := filepath.Rel(dir, path)
		kind := "f"
		if d.IsDir() {
			kind = "d"
		}
		found = append(found, kind+":"+filepath.ToSlash(rel))
		return nil
	})
	fmt.Println(found)
	entries, _ := os.ReadDir(filepath.Join(dir, "a"))
	for _, e := range entries {
		fmt.Println(e.Name(), e.IsDir())
	}
	matches, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	fmt.Println(len(matches), filepath.Base(matches[0]))
	err = os.Rename(p, filepath.Join(dir, "renamed.txt"))
	fmt.Println(err)
	_, err = os.ReadFile(p)
	fmt.Println(os.IsNotExist(err))
	err = os.Remove(filepath.Join(dir, "a"))
	fmt.Println(err != nil)
	os.Setenv("P19_VAR", "value=1")
	v, ok := os.LookupEnv("P19_VAR")
	fmt.Println(v, ok, os.Getenv("P19_MISSING") == "")
	fmt.Println(os.ExpandEnv("x=${P19_VAR}!"), os.Expand("$a-$b", func(k string) string { return strings.Repeat(k, 2) }))
	os.Unsetenv("P19_VAR")
	_, ok = os.LookupEnv("P19_VAR")
	fmt.Println(ok)
	var envs []string
	for _, kv := range os.Environ() {
		if strings.HasPrefix(kv, "P19_") {
			envs = append(envs, kv)
		}
	}
	sort.Strings(envs)
	fmt.Println(envs)
	tf, _ := os.CreateTemp(dir, "tmp-*.log")
	tf.WriteString("temp")
	tf.Seek(0, 0)
	buf := make([]byte, 10)
	k, _ := tf.Read(buf)
	fmt.Println(string(buf[:k]), strings.HasPrefix(filepath.Base(tf.Name()), "tmp-"))
	tf.Close()
	_, err = tf.Write([]byte("x"))
	fmt.Println(errors.Is(err, os.ErrClosed))
}
