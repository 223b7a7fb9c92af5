package main

import (
	"fmt"
	"sort"
	"sync"

	"github.com/gonotes/gonotes/lib/threading"
)

func describe(name string, obj any) string {
	switch o := obj.(type) {
	case *threading.Event:
		o.Set()
		return fmt.Sprintf("%s event set=%s", name, map[bool]string{true: "True", false: "False"}[o.IsSet()])
	case *threading.Semaphore:
		o.Acquire()
		return fmt.Sprintf("%s semaphore value=%d", name, o.Value())
	case sync.Locker:
		o.Lock()
		defer o.Unlock()
		return name + " lock acquired"
	}
	return name + " unknown"
}

func main() {
	registry := map[string]any{
		"lock":  &threading.Lock{},
		"rlock": &threading.RLock{},
		"sem":   threading.NewSemaphore(3),
		"event": &threading.Event{},
	}
	var names []string
	for k := range registry {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, name := range names {
		fmt.Println(describe(name, registry[name]))
	}
}
