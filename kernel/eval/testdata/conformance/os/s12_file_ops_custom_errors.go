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

type Store struct{ dir string }

type MissingKey string

func (m MissingKey) Error() string { return "missing key " + string(m) }

func (s Store) path(k string) string { return filepath.Join(s.dir, k+".txt") }

func (s Store) Put(k, v string) error {
	return os.WriteFile(s.path(k), []byte(v), 0o600)
}

func (s Store) Get(k string) (string, error) {
	b, err := os.ReadFile(s.path(k))
	if errors.Is(err, fs.ErrNotExist) {
		return "", fmt.Errorf("get: %w", MissingKey(k))
	}
	return string(b), err
}

func (s Store) Append(k, line string) error {
	f, err := os.OpenFile(s.path(k), os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o600)
	if err != nil {
		return err
	}
	defer f.Close()
	_, err = fmt.Fprintln(f, line)
	return err
}

func main() {
	dir, err := os.MkdirTemp("", "s12store")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	s := Store{dir}
	fmt.Println(s.Put("a", "alpha"))
	v, err := s.Get("a")
	fmt.Println(v, err)
	_, err = s.Get("zz")
	var mk MissingKey
	fmt.Println(err, errors.As(err, &mk), mk)
	for _, l := range []string{"one", "two", "three"} {
		s.Append("log", l)
	}
	f, _ := os.Open(s.path("log"))
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		fmt.Print(strings.ToUpper(sc.Text()), " ")
	}
	f.Close()
	fmt.Println(n)
	info, err := os.Stat(s.path("log"))
	fmt.Println(info.Size(), info.Mode().IsRegular(), info.Mode().Perm(), info.IsDir(), err)
	fmt.Println(os.Rename(s.path("log"), s.path("old")), fileExists(s.path("log")), fileExists(s.path("old")))
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		fmt.Print(e.Name(), " ")
	}
	fmt.Println()
	err = os.Remove(filepath.Join(dir, "nope"))
	var pe *fs.PathError
	fmt.Println(errors.As(err, &pe), pe.Op, errors.Is(err, os.ErrNotExist))
	fmt.Println(os.Mkdir(dir, 0o755) != nil, errors.Is(os.Mkdir(dir, 0o755), fs.ErrExist))
}

func fileExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}
