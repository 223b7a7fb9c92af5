package main

import (
	"bytes"
	"fmt"
	"log"
	"strings"
)

type Level int

const (
	Debug Level = iota
	Info
	Warn
)

func (l Level) String() string { return [...]string{"DEBUG", "INFO", "WARN"}[l] }

type LevelLogger struct {
	*log.Logger
	min Level
}

func (l LevelLogger) Logf(lv Level, format string, args ...any) {
	if lv < l.min {
		return
	}
	l.Printf("[%v] "+format, append([]any{}, args...)...)
}

type Job struct {
	ID   int
	Name string
}

func (j Job) String() string { return fmt.Sprintf("job#%d(%s)", j.ID, j.Name) }

func main() {
	var buf bytes.Buffer
	l := LevelLogger{log.New(&buf, "app: ", log.Lmsgprefix), Info}
	l.Logf(Debug, "hidden %d", 1)
	l.Logf(Info, "started %v", Job{1, "build"})
	l.Logf(Warn, "slow %v took %dms", Job{2, "test"}, 1500)
	l.Println("plain", Level(2), []Level{0, 1})
	l.SetPrefix("")
	l.Print("no prefix", 3, "x", 4)
	l.Output(1, "via output")
	fmt.Print(buf.String())
	fmt.Println(strings.Count(buf.String(), "\n"), l.Flags(), log.LstdFlags, log.Lshortfile|log.LUTC)
}
