package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	links := map[string][]string{"/": {"/a", "/b"}, "/a": {"/a/1", "/a/2"}, "/b": {"/b/1"}, "/a/1": {}, "/a/2": {"/a/2/x"}, "/b/1": {}, "/a/2/x": {}}
	q := queue.New(0)
	seen := map[string]bool{}
	var lock threading.Lock
	crawler := func() {
		for {
			url := q.Get().(string)
			for _, nxt := range links[url] {
				lock.Acquire()
				if seen[nxt] {
					lock.Release()
					continue
				}
				seen[nxt] = true
				lock.Release()
				q.Put(nxt)
			}
			q.TaskDone()
		}
	}
	seen["/"] = true
	q.Put("/")
	for range 3 {
		(&threading.Thread{Target: crawler, Daemon: true}).Start()
	}
	q.Join()
	var s []string
	for k := range seen {
		s = append(s, "'"+k+"'")
	}
	sort.Strings(s)
	fmt.Println("["+strings.Join(s, ", ")+"]", q.UnfinishedTasks(), pyBool(q.Empty()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
