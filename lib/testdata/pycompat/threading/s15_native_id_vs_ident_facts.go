package main

import (
	"fmt"
	"os"
	"strings"
	"sync"

	"github.com/gonotes/gonotes/lib/threading"
)

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

var (
	start threading.Event
	done  = threading.NewBarrier(4, nil)
	mu    sync.Mutex
	facts = map[int][4]bool{}
)

func work(i int) {
	start.Wait()
	me := threading.CurrentThread()
	f := [4]bool{
		me.NativeID() == threading.GetNativeID(),
		me.NativeID() != me.Ident(),
		threading.GetNativeID() != int64(os.Getpid()),
		true,
	}
	mu.Lock()
	facts[i] = f
	mu.Unlock()
	done.Wait()
}

func main() {
	m := threading.MainThread()
	pid := int64(os.Getpid())
	fmt.Println(pyBool(m.NativeID() == pid), pyBool(threading.GetNativeID() == pid))
	fmt.Println(pyBool(m.NativeID() != m.Ident()), pyBool(threading.GetNativeID() != threading.GetIdent()))
	var ts []*threading.Thread
	for i := 0; i < 3; i++ {
		ts = append(ts, &threading.Thread{Target: func() { work(i) }, TargetName: "work"})
	}
	var before []string
	for _, t := range ts {
		if t.NativeID() == 0 {
			before = append(before, "None")
		}
	}
	fmt.Println("[" + strings.Join(before, ", ") + "]")
	for _, t := range ts {
		t.Start()
	}
	start.Set()
	done.Wait()
	set := map[int64]bool{}
	pos := true
	for _, t := range ts {
		set[t.NativeID()] = true
		pos = pos && t.NativeID() > 0
	}
	fmt.Println(len(set), pyBool(pos))
	for _, t := range ts {
		t.Join()
	}
	for i := 0; i < 3; i++ {
		f := facts[i]
		fmt.Printf("%d (%s, %s, %s, %s)\n", i, pyBool(f[0]), pyBool(f[1]), pyBool(f[2]), pyBool(f[3]))
	}
}
