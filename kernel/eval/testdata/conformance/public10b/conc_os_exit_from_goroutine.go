package main

import (
	"fmt"
	"os"
)

func main() {
	errs := make(chan error, 1)
	go func() {
		errs <- fmt.Errorf("config missing key %q", "port")
	}()
	err := <-errs
	fmt.Println("main saw error")
	defer fmt.Println("this deferred call is skipped by os.Exit")
	done := make(chan struct{})
	go func() {
		fmt.Fprintln(os.Stderr, "fatal:", err)
		os.Exit(3)
		close(done)
	}()
	<-done
}
