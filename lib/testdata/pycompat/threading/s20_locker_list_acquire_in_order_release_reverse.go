package main

import (
	"fmt"
	"strings"
	"sync"

	"github.com/gonotes/gonotes/lib/threading"
)

type tryLocker interface {
	sync.Locker
	TryAcquire() bool
}

func pb(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	locks := []tryLocker{&threading.Lock{}, &threading.RLock{}, threading.NewSemaphore(1), threading.NewBoundedSemaphore(1)}
	names := []string{"Lock", "RLock", "Semaphore", "BoundedSemaphore"}
	var order []string
	for i, l := range locks {
		l.Lock()
		order = append(order, "+"+names[i])
	}
	var others []string
	t := &threading.Thread{Target: func() {
		for _, l := range locks {
			others = append(others, pb(l.TryAcquire()))
		}
	}}
	t.Start()
	t.Join()
	for i := len(locks) - 1; i >= 0; i-- {
		locks[i].Unlock()
		order = append(order, "-"+names[i])
	}
	fmt.Println("['" + strings.Join(order, "', '") + "']")
	fmt.Println("[" + strings.Join(others, ", ") + "]")
}
