package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

var shared []string

func worker(mutex *threading.Lock, data int, threadSafe bool) {
	if threadSafe {
		mutex.Acquire()
	}
	defer func() {
		if threadSafe {
			mutex.Release()
		}
	}()
	shared = append(shared, fmt.Sprintf("start %d", data))
	shared = append(shared, fmt.Sprintf("end %d", data))
}

func py(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	var threads []*threading.Thread
	threadSafe := true
	mutex := &threading.Lock{}
	for i := 0; i < 5; i++ {
		t := &threading.Thread{Target: func() { worker(mutex, i, threadSafe) }}
		t.Start()
		threads = append(threads, t)
	}
	for _, t := range threads {
		t.Join()
	}
	ok := true
	var ends []string
	for k := 0; k < len(shared); k += 2 {
		a, b := shared[k], shared[k+1]
		if strings.Fields(a)[1] != strings.Fields(b)[1] {
			ok = false
		}
		ends = append(ends, b)
	}
	sort.Strings(ends)
	fmt.Println(py(ok), len(shared), py(mutex.Locked()))
	fmt.Println("['" + strings.Join(ends, "', '") + "']")
}
