package main

import (
	"fmt"

	mp "github.com/gonotes/gonotes/lib/multiprocessing"
)

func py(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func subprocess(tag string, q *mp.Queue) {
	me := mp.CurrentProcess()
	q.Put(fmt.Sprintf("('%s', '%s', %s, '%s')", tag, me.GetName(), py(me.Daemon), mp.ParentProcess().GetName()))
}

func main() {
	mp.Main(subprocess)
	q := mp.NewQueue()
	worker := &mp.Process{Target: subprocess, Args: []any{"job", q}}
	fmt.Println(worker.GetName(), "None", "None", py(worker.IsAlive()))
	worker.Start()
	fmt.Println(q.Get())
	worker.Join()
	fmt.Println(worker.ExitCode(), py(worker.IsAlive()), py(worker.Pid() > 0))
}
