package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func speak(lock *multiprocessing.Lock, q *multiprocessing.Queue, i int) {
	lock.Acquire()
	q.Put(fmt.Sprintf("start %d", i))
	q.Put(fmt.Sprintf("end %d", i))
	q.Close()
	q.JoinThread()
	lock.Release()
}

func main() {
	multiprocessing.Main(speak)
	lock := multiprocessing.NewLock()
	q := multiprocessing.NewQueue()
	var ps []*multiprocessing.Process
	for i := 0; i < 3; i++ {
		ps = append(ps, &multiprocessing.Process{Target: speak, Args: []any{lock, q, i}})
	}
	for _, p := range ps {
		p.Start()
	}
	for _, p := range ps {
		p.Join()
	}
	var msgs []string
	for i := 0; i < 6; i++ {
		msgs = append(msgs, q.Get().(string))
	}
	pairs := true
	for k := 0; k < 6; k += 2 {
		pairs = pairs && strings.Fields(msgs[k])[1] == strings.Fields(msgs[k+1])[1]
	}
	sort.Strings(msgs)
	var qs []string
	for _, m := range msgs {
		qs = append(qs, "'"+m+"'")
	}
	fmt.Println(pyBool(pairs), pyStrs(qs))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func pyStrs(v []string) string {
	return "[" + strings.Join(v, ", ") + "]"
}
