package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"time"
)

type Sleeper interface{ Sleep() }

type SpyCountdownOperations struct{ Calls []string }

const (
	write = "write"
	sleep = "sleep"
)

func (s *SpyCountdownOperations) Sleep() { s.Calls = append(s.Calls, sleep) }
func (s *SpyCountdownOperations) Write(p []byte) (n int, err error) {
	s.Calls = append(s.Calls, write)
	return len(p), nil
}

type ConfigurableSleeper struct {
	duration time.Duration
	sleep    func(time.Duration)
}

func (c *ConfigurableSleeper) Sleep() { c.sleep(c.duration) }

type SpyTime struct{ durationSlept time.Duration }

func (s *SpyTime) Sleep(d time.Duration) { s.durationSlept += d }

const finalWord = "Go!"
const countdownStart = 3

func Countdown(out io.Writer, sleeper Sleeper) {
	for i := countdownStart; i > 0; i-- {
		fmt.Fprintln(out, i)
		sleeper.Sleep()
	}
	fmt.Fprint(out, finalWord)
}

func Greet(writer io.Writer, name string) { fmt.Fprintf(writer, "Hello, %s\n", name) }

func main() {
	buffer := &bytes.Buffer{}
	Countdown(buffer, &SpyCountdownOperations{})
	fmt.Printf("%q\n", buffer.String())
	spy := &SpyCountdownOperations{}
	Countdown(spy, spy)
	fmt.Println(spy.Calls)
	st := &SpyTime{}
	cs := &ConfigurableSleeper{5 * time.Second, st.Sleep}
	Countdown(io.Discard, cs)
	fmt.Println(st.durationSlept)
	Countdown(os.Stdout, &ConfigurableSleeper{time.Millisecond, time.Sleep})
	fmt.Println()
	Greet(os.Stdout, "Elodie")
	var b bytes.Buffer
	Greet(&b, "Chris")
	fmt.Print(b.String())
}
