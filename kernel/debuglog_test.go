package kernel

import (
	"context"
	"encoding/json"
	"log"
	"strings"
	"testing"
)

// TestDebugLogsRequestsAndReplies: with Config.Debug (GONOTES_DEBUG=1) the
// kernel logs that it listens, each request it receives and each reply it
// sends, by message id — what a server's log needs to tell a kernel that
// never received a request from one that never answered it.
func TestDebugLogsRequestsAndReplies(t *testing.T) {
	ci, err := FreeConnection()
	if err != nil {
		t.Fatal(err)
	}
	ci.Key = "debug-key"
	logs := &lockedBuffer{}
	k, err := New(Config{Conn: ci, Engine: &scriptEngine{}, Log: log.New(logs, "", 0), Version: "test", Debug: true})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go k.Run(ctx)
	c, err := Connect(ctx10(t), ci)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	res, err := c.Request(ctx10(t), "shell", "is_complete_request", map[string]any{"code": "x := 1"})
	if err != nil {
		t.Fatal(err)
	}
	var parent struct {
		MsgID string `json:"msg_id"`
	}
	if err := json.Unmarshal(res.Reply.Parent, &parent); err != nil || parent.MsgID == "" {
		t.Fatalf("reply's parent header %s: %v", res.Reply.Parent, err)
	}
	id := parent.MsgID
	got := logs.String()
	for _, want := range []string{
		"listening: shell ",
		"shell: received is_complete_request " + id,
		"sent is_complete_reply to " + id,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("the debug log lacks %q:\n%s", want, got)
		}
	}
}

// TestNoDebugLogByDefault: without Debug, serving requests logs nothing.
func TestNoDebugLogByDefault(t *testing.T) {
	ci, err := FreeConnection()
	if err != nil {
		t.Fatal(err)
	}
	logs := &lockedBuffer{}
	k, err := New(Config{Conn: ci, Engine: &scriptEngine{}, Log: log.New(logs, "", 0), Version: "test"})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go k.Run(ctx)
	c, err := Connect(ctx10(t), ci)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if _, err := c.Request(ctx10(t), "shell", "is_complete_request", map[string]any{"code": "x := 1"}); err != nil {
		t.Fatal(err)
	}
	if got := logs.String(); got != "" {
		t.Errorf("the kernel logged without Debug:\n%s", got)
	}
}
