package main

import (
	"fmt"
	"os"
	"os/signal"
	"sync"
	"syscall"
	"time"
)

type Worker struct {
	quit chan os.Signal
	done chan struct{}
	jobs int
}

func (w *Worker) Run(wg *sync.WaitGroup) {
	defer wg.Done()
	tick := time.NewTicker(time.Millisecond)
	defer tick.Stop()
	for {
		select {
		case s := <-w.quit:
			fmt.Println("worker stopping on", s)
			close(w.done)
			return
		case <-tick.C:
			w.jobs++
			if w.jobs == 3 {
				syscall.Kill(os.Getpid(), syscall.SIGUSR1)
			}
		}
	}
}

func main() {
	w := &Worker{quit: make(chan os.Signal, 1), done: make(chan struct{})}
	signal.Notify(w.quit, syscall.SIGUSR1, syscall.SIGUSR2)
	defer signal.Stop(w.quit)
	var wg sync.WaitGroup
	wg.Add(1)
	go w.Run(&wg)
	wg.Wait()
	<-w.done
	fmt.Println("jobs >= 3:", w.jobs >= 3)
	sig := syscall.Signal(10)
	fmt.Println(sig == syscall.SIGUSR1, sig.String())
}
