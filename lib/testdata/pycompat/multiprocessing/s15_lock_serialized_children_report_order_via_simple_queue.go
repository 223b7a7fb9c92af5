package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func report(i int, lock *multiprocessing.Lock, q *multiprocessing.SimpleQueue) {
	lock.Acquire()
	defer lock.Release()
	q.Put(fmt.Sprintf("start %d", i))
	q.Put(fmt.Sprintf("end %d", i))
}

func main() {
	multiprocessing.Main(report)
	lock := multiprocessing.NewLock()
	q := multiprocessing.NewSimpleQueue()
	var ps []*multiprocessing.Process
	for i := 0; i < 4; i++ {
		ps = append(ps, &multiprocessing.Process{Target: report, Args: []any{i, lock, q}})
	}
	for _, p := range ps {
		p.Start()
	}
	var msgs []string
	for i := 0; i < 8; i++ {
		msgs = append(msgs, q.Get().(string))
	}
	for _, p := range ps {
		p.Join()
	}
	ok := true
	var ends []string
	for k := 0; k < 8; k += 2 {
		a, b := msgs[k], msgs[k+1]
		ok = ok && strings.Fields(a)[1] == strings.Fields(b)[1] && strings.HasPrefix(a, "start")
		ends = append(ends, b)
	}
	sort.Strings(ends)
	fmt.Println(map[bool]string{true: "True", false: "False"}[ok])
	fmt.Printf("['%s'] [%v, %v, %v, %v]\n", strings.Join(ends, "', '"), ps[0].ExitCode(), ps[1].ExitCode(), ps[2].ExitCode(), ps[3].ExitCode())
}
