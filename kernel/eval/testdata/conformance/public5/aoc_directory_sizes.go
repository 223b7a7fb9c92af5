package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

const session = `$ cd /
$ ls
dir a
14848514 b.txt
8504156 c.dat
dir d
$ cd a
$ ls
dir e
29116 f
2557 g
62596 h.lst
$ cd e
$ ls
584 i
$ cd ..
$ cd ..
$ cd d
$ ls
4060174 j
8033020 d.log
5626152 d.ext
7214296 k`

type Dir struct {
	Name   string
	Parent *Dir
	Dirs   map[string]*Dir
	Files  map[string]int
}

func newDir(name string, parent *Dir) *Dir {
	return &Dir{Name: name, Parent: parent, Dirs: map[string]*Dir{}, Files: map[string]int{}}
}

func (d *Dir) Path() string {
	if d.Parent == nil {
		return "/"
	}
	p := d.Parent.Path()
	if p == "/" {
		return "/" + d.Name
	}
	return p + "/" + d.Name
}

func (d *Dir) Size() int {
	total := 0
	for _, s := range d.Files {
		total += s
	}
	for _, sub := range d.Dirs {
		total += sub.Size()
	}
	return total
}

func (d *Dir) Walk(fn func(*Dir)) {
	fn(d)
	names := make([]string, 0, len(d.Dirs))
	for n := range d.Dirs {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		d.Dirs[n].Walk(fn)
	}
}

func main() {
	root := newDir("/", nil)
	cwd := root
	for _, line := range strings.Split(session, "\n") {
		f := strings.Fields(line)
		switch {
		case f[0] == "$" && f[1] == "cd":
			switch f[2] {
			case "/":
				cwd = root
			case "..":
				cwd = cwd.Parent
			default:
				cwd = cwd.Dirs[f[2]]
			}
		case f[0] == "$":
		case f[0] == "dir":
			cwd.Dirs[f[1]] = newDir(f[1], cwd)
		default:
			n, err := strconv.Atoi(f[0])
			if err != nil {
				panic(err)
			}
			cwd.Files[f[1]] = n
		}
	}
	small := 0
	root.Walk(func(d *Dir) {
		s := d.Size()
		fmt.Printf("%-8s %9d files=%d\n", d.Path(), s, len(d.Files))
		if s <= 100000 {
			small += s
		}
	})
	fmt.Println("part1", small)
	need := 30000000 - (70000000 - root.Size())
	best := root.Size()
	var bestDir *Dir
	root.Walk(func(d *Dir) {
		if s := d.Size(); s >= need && s < best {
			best, bestDir = s, d
		}
	})
	fmt.Println("part2", best, bestDir.Path(), need)
}
