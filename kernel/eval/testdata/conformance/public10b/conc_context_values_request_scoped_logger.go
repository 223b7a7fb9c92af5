package main

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"sync"
)

type ctxKey struct{ name string }

var (
	traceKey = &ctxKey{"trace"}
	userKey  = &ctxKey{"user"}
)

type Logger struct {
	mu    sync.Mutex
	lines []string
}

func (l *Logger) Log(ctx context.Context, msg string) {
	trace, _ := ctx.Value(traceKey).(string)
	user, ok := ctx.Value(userKey).(string)
	if !ok {
		user = "anonymous"
	}
	l.mu.Lock()
	l.lines = append(l.lines, fmt.Sprintf("[%s] %s: %s", trace, user, msg))
	l.mu.Unlock()
}

func handle(ctx context.Context, log *Logger, path string) {
	log.Log(ctx, "start "+path)
	if strings.HasPrefix(path, "/admin") {
		ctx = context.WithValue(ctx, userKey, "root")
	}
	log.Log(ctx, "end "+path)
}

func main() {
	log := &Logger{}
	var wg sync.WaitGroup
	reqs := []struct{ trace, user, path string }{
		{"t1", "ana", "/home"},
		{"t2", "", "/public"},
		{"t3", "bo", "/admin/users"},
	}
	for _, r := range reqs {
		ctx := context.WithValue(context.Background(), traceKey, r.trace)
		if r.user != "" {
			ctx = context.WithValue(ctx, userKey, r.user)
		}
		wg.Add(1)
		go func() { defer wg.Done(); handle(ctx, log, r.path) }()
	}
	wg.Wait()
	sort.Strings(log.lines)
	fmt.Println(strings.Join(log.lines, "\n"))
	ctx := context.WithValue(context.Background(), ctxKey{"trace"}, "other")
	fmt.Println(ctx.Value(traceKey), ctx.Value(ctxKey{"trace"}))
	fmt.Println(strings.Contains(fmt.Sprint(context.WithValue(context.Background(), "k", "v")), "WithValue"))
}
