package main

import (
	"encoding/json"
	"fmt"
	"reflect"
	"sort"
)

// M is a map of itself: a path trie.
type M map[string]M

func (m M) add(path ...string) {
	if len(path) == 0 {
		return
	}
	next, ok := m[path[0]]
	if !ok {
		next = M{}
		m[path[0]] = next
	}
	next.add(path[1:]...)
}

func (m M) walk(prefix string) {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(prefix + k)
		m[k].walk(prefix + "  ")
	}
}

func main() {
	root := M{}
	root.add("usr", "bin", "go")
	root.add("usr", "lib")
	root.add("etc")
	root.walk("")
	fmt.Println(root)
	fmt.Printf("%#v\n", root["etc"])
	b, err := json.Marshal(root)
	fmt.Println(string(b), err)
	var back M
	if err := json.Unmarshal([]byte(`{"a":{"b":{}},"c":null}`), &back); err != nil {
		fmt.Println(err)
	}
	fmt.Println(back, back["c"] == nil, len(back["a"]["b"]))
	t := reflect.TypeOf(back)
	fmt.Println(t, t.Key(), t.Elem(), t.Elem().Kind())
	delete(root, "usr")
	fmt.Println(len(root))
}
