package main

import (
	"fmt"
	"sort"

	"github.com/gonotes/gonotes/lib/threading"
)

var (
	data threading.Local
	seen = map[string]string{}
	lock threading.Lock
)

func handler(name string) {
	before := "None"
	if v, ok := data.Lookup("user"); ok {
		before = "'" + v.(string) + "'"
	}
	data.Set("user", name)
	hits := 0
	if v, ok := data.Lookup("hits"); ok {
		hits = v.(int)
	}
	data.Set("hits", hits+1)
	lock.Acquire()
	seen[name] = fmt.Sprintf("(%s, '%s', %d)", before, data.Get("user"), data.Get("hits"))
	lock.Release()
}

func main() {
	data.Set("user", "main")
	var threads []*threading.Thread
	for _, n := range []string{"alice", "bob", "carol"} {
		threads = append(threads, &threading.Thread{Target: func() { handler(n) }})
	}
	for _, t := range threads {
		t.Start()
	}
	for _, t := range threads {
		t.Join()
	}
	var keys []string
	for k := range seen {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, seen[k])
	}
	_, has := data.Lookup("hits")
	fmt.Println("main still:", data.Get("user"), map[bool]string{true: "True", false: "False"}[has])
	func() {
		defer func() {
			if e := recover(); e != nil {
				fmt.Println(e)
			}
		}()
		data.Get("hits")
	}()
}
