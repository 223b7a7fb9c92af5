package main

import "fmt"

func worker(done chan bool, out *[]string) {
	*out = append(*out, "working...")
	*out = append(*out, "done")
	done <- true
}

func main() {
	done := make(chan bool, 1)
	var out []string
	go worker(done, &out)
	<-done
	fmt.Println(out)
}
