package main

import "fmt"

func main() {
	var out []*int
	for i := 0; i < 3; i++ {
		out = append(out, &i)
	}
	for _, p := range out {
		fmt.Print(*p, " ")
	}
	fmt.Println()
	done := make(chan bool)
	values := []string{"a", "b", "c"}
	got := make([]string, 3)
	for i, v := range values {
		go func() {
			got[i] = v
			done <- true
		}()
	}
	for range values {
		<-done
	}
	fmt.Println(got)
}
