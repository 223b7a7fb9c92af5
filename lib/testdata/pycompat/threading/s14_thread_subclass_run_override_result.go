package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

type Downloader struct {
	threading.Thread
	url  string
	size int
}

func NewDownloader(url string) *Downloader {
	d := &Downloader{url: url}
	d.Target = d.Run
	return d
}

func (d *Downloader) Run() {
	d.size = len(d.url) * 100
}

func main() {
	var workers []*Downloader
	for _, u := range []string{"a.io", "bb.io", "ccc.io"} {
		workers = append(workers, NewDownloader(u))
	}
	var names, res []string
	for _, w := range workers {
		names = append(names, "'"+w.GetName()+"'")
	}
	fmt.Println("[" + strings.Join(names, ", ") + "]")
	for _, w := range workers {
		w.Start()
	}
	for _, w := range workers {
		w.Join()
	}
	for _, w := range workers {
		res = append(res, fmt.Sprintf("('%s', %d)", w.url, w.size))
	}
	fmt.Println("[" + strings.Join(res, ", ") + "]")
}
