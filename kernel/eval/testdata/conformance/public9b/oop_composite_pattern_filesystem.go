package main

import (
	"fmt"
	"sort"
	"strings"
)

type Entry interface {
	Name() string
	Size() int64
	Walk(prefix string, visit func(path string, e Entry))
}

type File struct {
	name string
	size int64
}

type Dir struct {
	name     string
	children map[string]Entry
}

func (f *File) Name() string { return f.name }
func (f *File) Size() int64  { return f.size }
func (f *File) Walk(prefix string, visit func(string, Entry)) {
	visit(prefix+f.name, f)
}

func (d *Dir) Name() string { return d.name + "/" }
func (d *Dir) Size() (total int64) {
	for _, c := range d.children {
		total += c.Size()
	}
	return
}
func (d *Dir) Walk(prefix string, visit func(string, Entry)) {
	p := prefix + d.Name()
	visit(p, d)
	keys := make([]string, 0, len(d.children))
	for k := range d.children {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		d.children[k].Walk(p, visit)
	}
}

func (d *Dir) Add(es ...Entry) *Dir {
	if d.children == nil {
		d.children = map[string]Entry{}
	}
	for _, e := range es {
		d.children[e.Name()] = e
	}
	return d
}

func mkdir(name string, es ...Entry) *Dir { return (&Dir{name: name}).Add(es...) }

func main() {
	root := mkdir("",
		&File{"README.md", 1200},
		mkdir("src", &File{"main.go", 5300}, &File{"util.go", 800}, mkdir("internal", &File{"x.go", 99})),
		mkdir("empty"),
		mkdir("docs", &File{"guide.pdf", 1 << 20}),
	)
	var lines []string
	largest := struct {
		path string
		size int64
	}{}
	root.Walk("", func(path string, e Entry) {
		lines = append(lines, fmt.Sprintf("%-22s %8d", path, e.Size()))
		if f, ok := e.(*File); ok && f.size > largest.size {
			largest.path, largest.size = path, f.size
		}
	})
	fmt.Println(strings.Join(lines, "\n"))
	fmt.Printf("%+v\n", largest)
	count := map[string]int{}
	root.Walk("", func(path string, e Entry) {
		switch e.(type) {
		case *Dir:
			count["dirs"]++
		case *File:
			count["files"]++
		}
	})
	fmt.Println(count)
}
