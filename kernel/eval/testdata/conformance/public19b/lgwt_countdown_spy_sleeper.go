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

type SpyTime struct{ durationSlept time.Duration }

func (s *SpyTime) Sleep(d time.Duration) { s.durationSlept += d }

type ConfigurableSleeper struct {
	duration time.Duration
	sleep    func(time.Duration)
}

func (c *ConfigurableSleeper) Sleep() { c.sleep(c.duration) }

const finalWord = "Go!"
const countdownStart = 3

func Countdown(out io.Writer, sleeper Sleeper) {
	for i := countdownStart; i > 0; i-- {
		fmt.Fprintln(out, i)
		sleeper.Sleep()
	}
	fmt.Fprint(out, finalWord)
}

func main() {
	buf := &bytes.Buffer{}
	spy := &SpyCountdownOperations{}
	Countdown(buf, spy)
	fmt.Printf("%q\n", buf.String())
	fmt.Println(spy.Calls)
	spy2 := &SpyCountdownOperations{}
	Countdown(spy2, spy2)
	fmt.Println(spy2.Calls)
	st := &SpyTime{}
	cs := &ConfigurableSleeper{5 * time.Second, st.Sleep}
	Countdown(os.Stdout, cs)
	fmt.Println()
	fmt.Println(st.durationSlept)
	var sl Sleeper = cs
	sl.Sleep()
	fmt.Println(st.durationSlept, fmt.Sprintf("%T", sl))
}
