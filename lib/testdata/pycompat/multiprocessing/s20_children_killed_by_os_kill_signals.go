package main

import (
	"fmt"
	"regexp"
	"syscall"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func sleeper(ev *multiprocessing.Event) {
	ev.Set()
	time.Sleep(30 * time.Second)
}

func main() {
	multiprocessing.Main(sleeper)
	sigs := []syscall.Signal{syscall.SIGHUP, syscall.SIGUSR1, syscall.SIGUSR2, syscall.SIGALRM, syscall.SIGTERM, syscall.SIGKILL}
	names := []string{"SIGHUP", "SIGUSR1", "SIGUSR2", "SIGALRM", "SIGTERM", "SIGKILL"}
	for i, sig := range sigs {
		ev := multiprocessing.NewEvent()
		p := &multiprocessing.Process{Target: sleeper, Args: []any{ev}}
		p.Start()
		ev.WaitTimeout(30 * time.Second)
		syscall.Kill(p.Pid(), sig)
		p.JoinTimeout(30 * time.Second)
		fmt.Println(names[i], p.ExitCode(), regexp.MustCompile(`pid=\d+ parent=\d+`).ReplaceAllString(p.String(), "pid=N parent=N"))
	}
}
