package main

import (
	"fmt"
	"strings"
	"sync"
	"unicode"
)

type Job struct {
	Index int
	Text  string
}

func analyze(s string) string {
	var letters, digits, spaces int
	for _, r := range s {
		switch {
		case unicode.IsLetter(r):
			letters++
		case unicode.IsDigit(r):
			digits++
		case unicode.IsSpace(r):
			spaces++
		}
	}
	return fmt.Sprintf("L%d D%d S%d", letters, digits, spaces)
}

func main() {
	inputs := []string{"hello world", "route 66", "   ", "αβγ 123", "", "Go 1.26 is here"}
	results := make([]string, len(inputs))
	jobs := make(chan Job)
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				results[j.Index] = analyze(j.Text)
			}
		}()
	}
	for i, s := range inputs {
		jobs <- Job{i, s}
	}
	close(jobs)
	wg.Wait()
	for i, r := range results {
		fmt.Printf("%-18q %s\n", inputs[i], r)
	}
	fmt.Println(strings.Count(strings.Join(results, ","), "D0"))
}
