package main

import (
	"fmt"
	"os"

	"github.com/gonotes/gonotes/lib/multiprocessing"
	"github.com/gonotes/gonotes/lib/threading"
)

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func report(q *multiprocessing.Queue) {
	main := threading.MainThread()
	pid := int64(os.Getpid())
	q.Put(fmt.Sprintf("(%s, %s, %s, '%s')", pyBool(main.NativeID() == pid), pyBool(threading.GetNativeID() == pid),
		pyBool(os.Getpid() != os.Getppid()), main.GetName()))
}

func main() {
	multiprocessing.Main(report)
	q := multiprocessing.NewQueue()
	p := &multiprocessing.Process{Target: report, Args: []any{q}}
	p.Start()
	fmt.Println(q.Get())
	p.Join()
	fmt.Println(p.ExitCode(), pyBool(threading.MainThread().NativeID() == int64(os.Getpid())))
}
