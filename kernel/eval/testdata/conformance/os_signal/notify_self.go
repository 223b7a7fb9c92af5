package main

import (
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"
)

func main() {
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, syscall.SIGUSR1)
	defer signal.Stop(ch)
	syscall.Kill(os.Getpid(), syscall.SIGUSR1)
	select {
	case s := <-ch:
		fmt.Println("got", s, s == syscall.SIGUSR1)
	case <-time.After(5 * time.Second):
		fmt.Println("timeout")
	}
	signal.Reset(syscall.SIGUSR1)
	fmt.Println(syscall.SIGINT, syscall.SIGTERM.String(), os.Interrupt)
}
