package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	stage1, stage2 := queue.New(0), queue.New(0)
	var results []int
	var lock threading.Lock
	parse := func() {
		for {
			item := stage1.Get()
			if item == nil {
				break
			}
			n, _ := strconv.Atoi(item.(string))
			stage2.Put(n)
		}
		stage2.Put(nil)
	}
	square := func() {
		for {
			n := stage2.Get()
			if n == nil {
				break
			}
			lock.Acquire()
			results = append(results, n.(int)*n.(int))
			lock.Release()
		}
	}
	var all []*threading.Thread
	for i := 0; i < 2; i++ {
		all = append(all, &threading.Thread{Target: parse})
	}
	for i := 0; i < 2; i++ {
		all = append(all, &threading.Thread{Target: square})
	}
	for _, t := range all {
		t.Start()
	}
	for _, s := range []string{"3", "1", "4", "1", "5", "9"} {
		stage1.Put(s)
	}
	stage1.Put(nil)
	stage1.Put(nil)
	for _, t := range all {
		t.Join()
	}
	sort.Ints(results)
	fmt.Println(strings.ReplaceAll(fmt.Sprint(results), " ", ", "), stage1.Qsize(), stage2.Qsize())
}
