package main

import (
	"fmt"
	"sort"

	"github.com/gonotes/gonotes/lib/threading"
)

var (
	data threading.Local
	out  = map[string]string{}
	lock threading.Lock
)

func py(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func handle(user string) {
	_, before := data.Lookup("user")
	data.Set("user", user)
	hits := 0
	if v, ok := data.Lookup("hits"); ok {
		hits = v.(int)
	}
	data.Set("hits", hits+1)
	data.Set("hits", data.Get("hits").(int)+1)
	lock.Acquire()
	out[user] = fmt.Sprintf("(%s, '%s', %d)", py(before), data.Get("user"), data.Get("hits"))
	lock.Release()
}

func main() {
	data.Set("user", "main-user")
	var ts []*threading.Thread
	for _, u := range []string{"ann", "bob", "cid"} {
		ts = append(ts, &threading.Thread{Target: func() { handle(u) }})
	}
	for _, t := range ts {
		t.Start()
	}
	for _, t := range ts {
		t.Join()
	}
	var keys []string
	for k := range out {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, out[k])
	}
	_, has := data.Lookup("hits")
	fmt.Println(data.Get("user"), py(has), "none")
	func() {
		defer func() {
			if e := recover(); e != nil {
				fmt.Println(e)
			}
		}()
		data.Get("hits")
	}()
}
