package main

import (
	"fmt"
	"path"
	"sort"
	"sync"
)

type entry struct {
	name  string
	size  int64
	isDir bool
}

var tree = map[string][]entry{
	"/":            {{"home", 0, true}, {"etc", 0, true}, {"vmlinuz", 9000, false}},
	"/home":        {{"ana", 0, true}, {"bo", 0, true}},
	"/home/ana":    {{"notes.txt", 120, false}, {"photo.jpg", 40960, false}},
	"/home/bo":     {{"main.go", 512, false}, {"go.mod", 30, false}, {"bin", 0, true}},
	"/home/bo/bin": {{"tool", 2048000, false}},
	"/etc":         {{"hosts", 200, false}, {"passwd", 1500, false}},
}

var sema = make(chan struct{}, 4)

func walkDir(dir string, n *sync.WaitGroup, fileSizes chan<- int64) {
	defer n.Done()
	for _, e := range dirents(dir) {
		if e.isDir {
			n.Add(1)
			go walkDir(path.Join(dir, e.name), n, fileSizes)
		} else {
			fileSizes <- e.size
		}
	}
}

func dirents(dir string) []entry {
	sema <- struct{}{}
	defer func() { <-sema }()
	return tree[dir]
}

func printDiskUsage(nfiles, nbytes int64) {
	fmt.Printf("%d files  %.1f KB\n", nfiles, float64(nbytes)/1e3)
}

func main() {
	roots := []string{"/home", "/etc", "/"}
	for _, root := range roots {
		fileSizes := make(chan int64)
		var n sync.WaitGroup
		n.Add(1)
		go walkDir(root, &n, fileSizes)
		go func() {
			n.Wait()
			close(fileSizes)
		}()
		var nfiles, nbytes int64
		var sizes []int64
		for size := range fileSizes {
			nfiles++
			nbytes += size
			sizes = append(sizes, size)
		}
		sort.Slice(sizes, func(i, j int) bool { return sizes[i] > sizes[j] })
		fmt.Print(root, ": ")
		printDiskUsage(nfiles, nbytes)
		fmt.Println("  largest:", sizes[0])
	}
}
