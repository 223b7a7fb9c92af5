package main

import (
	"fmt"
	"sync"

	"github.com/gonotes/gonotes/lib/threading"
)

func risky(l sync.Locker) {
	l.Lock()
	defer l.Unlock()
	panic("inside")
}

func main() {
	var lock threading.Lock
	var rlock threading.RLock
	for _, c := range []struct {
		name string
		l    interface {
			sync.Locker
			TryAcquire() bool
			Release()
		}
	}{{"lock", &lock}, {"RLock", &rlock}} {
		func() {
			defer func() {
				if e := recover(); e != nil {
					fmt.Println(c.name, e, "released:", map[bool]string{true: "True", false: "False"}[c.l.TryAcquire()])
					c.l.Release()
				}
			}()
			risky(c.l)
		}()
	}
}
