package main

import "fmt"

type Runner interface{ Run() }

type Job struct{}

func (j *Job) Run() {}

func runAll(rs ...Runner) { fmt.Println(len(rs)) }

func main() {
	runAll(Job{})
}
