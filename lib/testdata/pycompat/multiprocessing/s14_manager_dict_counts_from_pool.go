package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func countWords(shared *multiprocessing.DictProxy, lock *multiprocessing.Lock, text string) int {
	for _, w := range strings.Fields(text) {
		lock.Acquire()
		n := 0
		if v, ok := shared.Lookup(w); ok {
			n = v.(int)
		}
		shared.Set(w, n+1)
		lock.Release()
	}
	return len(strings.Fields(text))
}

func main() {
	multiprocessing.Main(countWords)
	texts := []string{"go is fun", "python is fun", "go go go", "fun fun"}
	m := multiprocessing.NewManager()
	defer m.Shutdown()
	shared := m.Dict()
	lock := m.Lock()
	pool := multiprocessing.NewPool(2)
	var args [][]any
	for _, t := range texts {
		args = append(args, []any{shared, lock, t})
	}
	sizes, err := pool.Starmap(countWords, args)
	if err != nil {
		fmt.Println(err)
	}
	pool.Terminate()
	total := 0
	var ss []string
	for _, s := range sizes {
		total += s.(int)
		ss = append(ss, fmt.Sprint(s))
	}
	fmt.Println("["+strings.Join(ss, ", ")+"]", total)
	var items []string
	for _, k := range shared.Keys() {
		v, _ := shared.Lookup(k.(string))
		items = append(items, fmt.Sprintf("('%s', %d)", k, v))
	}
	sort.Strings(items)
	fmt.Println("[" + strings.Join(items, ", ") + "]")
	_, has := shared.Lookup("go")
	rust := 0
	if v, ok := shared.Lookup("rust"); ok {
		rust = v.(int)
	}
	fmt.Println(shared.Len(), map[bool]string{true: "True", false: "False"}[has], rust)
}
