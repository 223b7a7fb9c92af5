package main

import (
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func ok() {}

func raises() {
	panic("RuntimeError: boom")
}

func exits(code int) {
	os.Exit(code)
}

func sleeper() {
	time.Sleep(30 * time.Second)
}

func main() {
	multiprocessing.Main(ok, raises, exits, sleeper)
	procs := []*multiprocessing.Process{
		{Target: ok},
		{Target: raises},
		{Target: exits, Args: []any{0}},
		{Target: exits, Args: []any{5}},
		{Target: exits, Args: []any{0}},
	}
	var codes []string
	for _, p := range procs {
		p.Start()
		p.Join()
		codes = append(codes, fmt.Sprint(p.ExitCode()))
	}
	fmt.Println("[" + strings.Join(codes, ", ") + "]")
	s := &multiprocessing.Process{Target: sleeper}
	s.Start()
	s.Kill()
	s.Join()
	t := &multiprocessing.Process{Target: sleeper}
	t.Start()
	t.Terminate()
	t.Join()
	fmt.Println(s.ExitCode(), t.ExitCode(), pyBool(s.IsAlive()), pyBool(t.IsAlive()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
