package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"sort"
	"strings"
	"time"
)

// MemFS is a tiny read-only file system.
type MemFS map[string]string

type memFile struct {
	name string
	r    *strings.Reader
	size int64
}

type memInfo struct {
	name string
	size int64
	dir  bool
}

func (i memInfo) Name() string { return i.name }
func (i memInfo) Size() int64  { return i.size }
func (i memInfo) Mode() fs.FileMode {
	if i.dir {
		return fs.ModeDir | 0o555
	}
	return 0o444
}
func (i memInfo) ModTime() time.Time { return time.Time{} }
func (i memInfo) IsDir() bool        { return i.dir }
func (i memInfo) Sys() any           { return nil }

func (f *memFile) Stat() (fs.FileInfo, error) { return memInfo{f.name, f.size, false}, nil }
func (f *memFile) Read(p []byte) (int, error) { return f.r.Read(p) }
func (f *memFile) Close() error               { return nil }

type memDir struct {
	name    string
	entries []fs.DirEntry
}

func (d *memDir) Stat() (fs.FileInfo, error) { return memInfo{d.name, 0, true}, nil }
func (d *memDir) Read([]byte) (int, error)   { return 0, errors.New("is a directory") }
func (d *memDir) Close() error               { return nil }
func (d *memDir) ReadDir(n int) ([]fs.DirEntry, error) {
	e := d.entries
	d.entries = nil
	return e, nil
}

func (m MemFS) Open(name string) (fs.File, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrInvalid}
	}
	if body, ok := m[name]; ok {
		return &memFile{name, strings.NewReader(body), int64(len(body))}, nil
	}
	prefix := name + "/"
	if name == "." {
		prefix = ""
	}
	seen := map[string]bool{}
	var entries []fs.DirEntry
	for p, body := range m {
		if !strings.HasPrefix(p, prefix) {
			continue
		}
		rest := strings.TrimPrefix(p, prefix)
		first, _, isDir := strings.Cut(rest, "/")
		if seen[first] {
			continue
		}
		seen[first] = true
		entries = append(entries, fs.FileInfoToDirEntry(memInfo{first, int64(len(body)), isDir}))
	}
	if len(entries) == 0 {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].Name() < entries[j].Name() })
	return &memDir{name, entries}, nil
}

func main() {
	m := MemFS{"a.txt": "alpha", "docs/b.md": "# b", "docs/img/c.png": "PNG", "z.go": "package z"}
	fs.WalkDir(m, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			fmt.Println("err", err)
			return err
		}
		fmt.Print(p, map[bool]string{true: "/", false: ""}[d.IsDir()], " ")
		return nil
	})
	fmt.Println()
	b, err := fs.ReadFile(m, "docs/b.md")
	fmt.Printf("%q %v\n", b, err)
	_, err = fs.ReadFile(m, "nope.txt")
	fmt.Println(err, errors.Is(err, fs.ErrNotExist))
	matches, err := fs.Glob(m, "*.go")
	fmt.Println(matches, err)
	entries, err := fs.ReadDir(m, "docs")
	for _, e := range entries {
		fmt.Print(e.Name(), e.IsDir(), " ")
	}
	fmt.Println(err)
	sub, _ := fs.Sub(m, "docs")
	b, err = fs.ReadFile(sub, "img/c.png")
	fmt.Println(string(b), err)
	f, _ := m.Open("a.txt")
	st, _ := f.Stat()
	data, _ := io.ReadAll(f)
	fmt.Println(st.Name(), st.Size(), st.Mode(), string(data))
	_, err = m.Open("../x")
	fmt.Println(err)
}
