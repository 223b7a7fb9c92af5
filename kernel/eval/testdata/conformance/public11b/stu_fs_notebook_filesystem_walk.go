package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"sort"
	"strings"
	"text/template"
	"time"
)

// memFS is a read-only file system in memory: path -> content.
type memFS map[string]string

type memInfo struct {
	name  string
	size  int64
	isDir bool
}

func (i memInfo) Name() string { return i.name }
func (i memInfo) Size() int64  { return i.size }
func (i memInfo) Mode() fs.FileMode {
	return map[bool]fs.FileMode{true: fs.ModeDir | 0o555, false: 0o444}[i.isDir]
}
func (i memInfo) ModTime() time.Time { return time.Time{} }
func (i memInfo) IsDir() bool        { return i.isDir }
func (i memInfo) Sys() any           { return nil }

type memFile struct {
	info memInfo
	r    *strings.Reader
	ents []fs.DirEntry
}

func (f *memFile) Stat() (fs.FileInfo, error) { return f.info, nil }
func (f *memFile) Read(p []byte) (int, error) {
	if f.r == nil {
		return 0, &fs.PathError{Op: "read", Path: f.info.name, Err: errors.New("is a directory")}
	}
	return f.r.Read(p)
}
func (f *memFile) Close() error { return nil }
func (f *memFile) ReadDir(n int) ([]fs.DirEntry, error) {
	if n <= 0 {
		e := f.ents
		f.ents = nil
		return e, nil
	}
	if len(f.ents) == 0 {
		return nil, io.EOF
	}
	k := min(n, len(f.ents))
	e := f.ents[:k]
	f.ents = f.ents[k:]
	return e, nil
}

func (m memFS) Open(name string) (fs.File, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrInvalid}
	}
	if body, ok := m[name]; ok {
		return &memFile{info: memInfo{path.Base(name), int64(len(body)), false}, r: strings.NewReader(body)}, nil
	}
	prefix := name + "/"
	if name == "." {
		prefix = ""
	}
	seen := map[string]bool{}
	var ents []fs.DirEntry
	paths := make([]string, 0, len(m))
	for p := range m {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	for _, p := range paths {
		body := m[p]
		if !strings.HasPrefix(p, prefix) {
			continue
		}
		rest := strings.TrimPrefix(p, prefix)
		first, _, sub := strings.Cut(rest, "/")
		if seen[first] {
			continue
		}
		seen[first] = true
		ents = append(ents, fs.FileInfoToDirEntry(memInfo{first, int64(len(body)), sub}))
	}
	if len(ents) == 0 {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
	}
	sort.Slice(ents, func(i, j int) bool { return ents[i].Name() < ents[j].Name() })
	return &memFile{info: memInfo{path.Base(name), 0, true}, ents: ents}, nil
}

func main() {
	fsys := memFS{
		"README.md":             "# demo",
		"tmpl/page.tmpl":        `{{define "page"}}<{{.}}>{{template "footer"}}{{end}}`,
		"tmpl/footer.tmpl":      `{{define "footer"}}(c) notebook{{end}}`,
		"src/main.go":           "package main",
		"src/util/strings.go":   "package util",
		"src/util/strings_test": "x",
	}
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		info, _ := d.Info()
		fmt.Printf("%-24s dir=%-5v size=%d mode=%v\n", p, d.IsDir(), info.Size(), d.Type())
		return nil
	})
	fmt.Println("walk:", err)
	b, err := fs.ReadFile(fsys, "src/main.go")
	fmt.Printf("%q %v\n", b, err)
	_, err = fs.ReadFile(fsys, "nope.txt")
	fmt.Println(err, errors.Is(err, fs.ErrNotExist))
	ents, err := fs.ReadDir(fsys, "src/util")
	for _, e := range ents {
		fmt.Print(e.Name(), " ")
	}
	fmt.Println(err)
	matches, err := fs.Glob(fsys, "tmpl/*.tmpl")
	fmt.Println(matches, err)
	st, err := fs.Stat(fsys, "README.md")
	fmt.Println(st.Name(), st.Size(), st.Mode(), err)
	sub, _ := fs.Sub(fsys, "src")
	b, err = fs.ReadFile(sub, "util/strings.go")
	fmt.Printf("%q %v\n", b, err)
	t, err := template.ParseFS(fsys, "tmpl/*.tmpl")
	if err != nil {
		fmt.Println(err)
		return
	}
	var sb strings.Builder
	err = t.ExecuteTemplate(&sb, "page", "hello")
	fmt.Println(sb.String(), err)
	fmt.Println(fs.ValidPath("a/../b"), fs.FormatFileInfo(memInfo{"x.txt", 3, false}))
}
