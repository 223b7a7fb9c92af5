package kernel

import (
	"context"
	"encoding/json"
	"log"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/gonotes/gonotes/internal/testutil"
)

// startRemoteKernel runs a kernel over real ZeroMQ whose engine is a
// RemoteEngine of childEngine processes (the race-enabled build is one
// too), and returns a client and the engine's log.
func startRemoteKernel(t *testing.T) (*Client, *testutil.Buffer) {
	t.Helper()
	logs := &testutil.Buffer{}
	child := func() (*exec.Cmd, error) {
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), remoteChildEnv+"=1")
		return cmd, nil
	}
	eng, err := NewRemoteEngine(RemoteConfig{Command: child, RaceCommand: child, Log: log.New(logs, "", 0)})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(eng.Shutdown) // after the kernel's cleanup
	return startKernel(t, "swap", eng), logs
}

// waitLog waits until the engine's log holds want n times.
func waitLog(t *testing.T, ctx context.Context, logs *testutil.Buffer, want string, n int) {
	t.Helper()
	for strings.Count(logs.String(), want) < n {
		select {
		case <-ctx.Done():
			t.Fatalf("%q did not reach the interpreter (log: %s)", want, logs.String())
		case <-time.After(10 * time.Millisecond):
		}
	}
}

// A request that the interpreter child is handling when %race replaces it
// is answered (a comm_open with the comm_close of a comm nobody took, a
// completion with no matches), and the kernel goes on serving: the
// request on the control channel does not wait for ever.
func TestRaceSwapAnswersRequestsInFlight(t *testing.T) {
	c, logs := startRemoteKernel(t)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()

	type answer struct {
		res *Result
		err error
	}
	// A comm_open on the control channel whose handler never returns.
	commDone := make(chan answer, 1)
	go func() {
		res, err := c.Notify(ctx, "control", "comm_open", map[string]any{"comm_id": "c1", "target_name": "slow", "data": map[string]any{}})
		commDone <- answer{res, err}
	}()
	waitLog(t, ctx, logs, "slow comm arrived", 1)
	if r, err := c.Execute(ctx, "%race on"); err != nil {
		t.Fatal(err)
	} else if r.Reply == nil || !strings.Contains(string(r.Reply.Content), `"ok"`) {
		t.Fatalf("%%race on: %s", r.Reply.Content)
	}
	a := <-commDone
	if a.err != nil {
		t.Fatalf("the comm_open in flight was never answered: %v", a.err)
	}
	closed := false
	for _, m := range a.res.IOPub {
		closed = closed || m.Header.MsgType == "comm_close" && strings.Contains(string(m.Content), `"c1"`)
	}
	if !closed {
		t.Errorf("the comm_open in flight got no comm_close")
	}

	// A completion whose handler never returns.
	compDone := make(chan answer, 1)
	go func() {
		res, err := c.Request(ctx, "control", "complete_request", map[string]any{"code": "slow", "cursor_pos": 4})
		compDone <- answer{res, err}
	}()
	waitLog(t, ctx, logs, "slow query arrived", 1)
	if _, err := c.Execute(ctx, "%race off"); err != nil {
		t.Fatal(err)
	}
	a = <-compDone
	if a.err != nil {
		t.Fatalf("the complete_request in flight was never answered: %v", a.err)
	}
	var reply struct {
		Status  string   `json:"status"`
		Matches []string `json:"matches"`
	}
	if err := a.res.ReplyContent(&reply); err != nil || reply.Status != "ok" || len(reply.Matches) != 0 {
		t.Errorf("complete_reply = %s (%v), want ok with no matches", a.res.Reply.Content, err)
	}

	// The new interpreter answers.
	res, err := c.Request(ctx, "control", "complete_request", map[string]any{"code": "fmt.Pr", "cursor_pos": 6})
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(res.Reply.Content, &reply); err != nil || len(reply.Matches) == 0 {
		t.Errorf("complete_reply after the swaps = %s", res.Reply.Content)
	}
}
